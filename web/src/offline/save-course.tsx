import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { coursePath } from "../data/courses";
import { currentMember } from "../data/session";
import { formatBytes } from "../data/uploads";
import { locale } from "../i18n";
import { t } from "../i18n/offline";
import { dataSaver, db } from "./db";
import { online } from "./outbox";
import { type Plan, plan, planBytes, QuotaError, remove, save, saved } from "./saved";
import "./offline.css";

const size = (bytes: number) => formatBytes(bytes, locale());
const dateOf = (at: number) =>
  new Intl.DateTimeFormat(locale() === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);

type Phase =
  | { name: "idle" }
  | { name: "measuring" }
  | { name: "planned"; plan: Plan }
  | { name: "saving"; done: number; total: number }
  | { name: "failed"; message: string };

/**
 * "Simpan untuk offline" on an enrolled course: measures first and shows the size (videos offered one
 * by one with theirs), then downloads with a progress bar; a saved course shows its space, an update
 * and a remove button.
 */
export function SaveCourse(props: { courseId: string }): JSX.Element {
  const [phase, setPhase] = createSignal<Phase>({ name: "idle" });
  const [videos, setVideos] = createSignal<ReadonlySet<string>>(new Set());
  const record = () => saved().find((course) => course.courseId === props.courseId);
  const owner = () => currentMember()?.id ?? "";

  async function measure() {
    setPhase({ name: "measuring" });
    try {
      setPhase({ name: "planned", plan: await plan(props.courseId) });
    } catch {
      setPhase({ name: "failed", message: t(online() ? "offline.save.failed" : "offline.save.needOnline") });
    }
  }

  async function download(chosen: Plan) {
    setPhase({ name: "saving", done: 0, total: planBytes(chosen, videos()) });
    try {
      await save(owner(), chosen, videos(), (done, total) => setPhase({ name: "saving", done, total }));
      setPhase({ name: "idle" });
      window.dispatchEvent(new Event("berdaya:milestone"));
    } catch (failure) {
      setPhase({
        name: "failed",
        message:
          failure instanceof QuotaError
            ? t("offline.save.quota", { size: size(failure.needed) })
            : t("offline.save.failed"),
      });
    }
  }

  return (
    <section class="panel offline-save" aria-labelledby="offline-save-title" data-testid="save-offline">
      <h2 id="offline-save-title">{t("offline.save.title")}</h2>
      <Switch>
        <Match when={phase().name === "measuring"}>
          <p role="status">{t("offline.save.measuring")}</p>
        </Match>
        <Match when={phase().name === "saving" && (phase() as Extract<Phase, { name: "saving" }>)}>
          {(saving) => (
            <div role="status">
              <p>{t("offline.save.progress", { done: size(saving().done), total: size(saving().total) })}</p>
              <progress max={saving().total || 1} value={saving().done} data-testid="save-progress" />
            </div>
          )}
        </Match>
        <Match when={phase().name === "planned" && (phase() as Extract<Phase, { name: "planned" }>).plan}>
          {(planned) => (
            <>
              <p data-testid="save-size">
                {t("offline.save.size", { size: size(planBytes(planned(), new Set())) })}
              </p>
              <For each={planned().files.filter((file) => file.videoOf)}>
                {(file) => (
                  <label class="offline-toggle">
                    <input
                      type="checkbox"
                      checked={videos().has(file.videoOf as string)}
                      onChange={(event) => {
                        const next = new Set(videos());
                        if (event.currentTarget.checked) next.add(file.videoOf as string);
                        else next.delete(file.videoOf as string);
                        setVideos(next);
                      }}
                    />
                    <span>
                      {t("offline.save.video", {
                        lesson: planned().lessons.find((lesson) => lesson.id === file.videoOf)?.title ?? "",
                        size: size(file.bytes),
                      })}
                    </span>
                  </label>
                )}
              </For>
              <Show
                when={planned().lessons.some(
                  (lesson) => lesson.content.kind === "video" && lesson.content.source.type === "youtube",
                )}
              >
                <p class="field-hint">{t("offline.save.youtube")}</p>
              </Show>
              <div class="button-row">
                <button
                  type="button"
                  class="button"
                  data-testid="save-start"
                  onClick={() => void download(planned())}
                >
                  {t("offline.save.start", { size: size(planBytes(planned(), videos())) })}
                </button>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => setPhase({ name: "idle" })}
                >
                  {t("offline.save.cancel")}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={record()}>
          {(course) => (
            <>
              <p data-testid="save-done">
                {t("offline.save.saved", { size: size(course().bytes) })} ·{" "}
                {t("offline.save.savedAt", { date: dateOf(course().savedAt) })}
              </p>
              <div class="button-row">
                <Show when={online()}>
                  <button type="button" class="button button-secondary" onClick={() => void measure()}>
                    {t("offline.save.refresh")}
                  </button>
                </Show>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => void remove(owner(), props.courseId)}
                >
                  {t("offline.save.remove")}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={true}>
          <p>{t("offline.save.intro")}</p>
          <Show when={phase().name === "failed" && (phase() as Extract<Phase, { name: "failed" }>).message}>
            {(message) => (
              <p class="form-error" role="alert" data-testid="save-error">
                {message()}
              </p>
            )}
          </Show>
          <button
            type="button"
            class="button"
            data-testid="save-offline-button"
            disabled={!online()}
            onClick={() => void measure()}
          >
            {t("offline.save.button")}
          </button>
        </Match>
      </Switch>
    </section>
  );
}

/** "Tersimpan di ponsel" on "Kursus saya": each saved course with its space, a remove button, and the data saver. */
export function SavedCourses(): JSX.Element {
  const [saver, setSaver] = createSignal(false);
  void dataSaver().then(setSaver);
  const owner = () => currentMember()?.id ?? "";
  const used = () => saved().reduce((sum, course) => sum + course.bytes, 0);

  return (
    <section class="panel offline-save" aria-labelledby="offline-saved-title" data-testid="saved-courses">
      <h2 id="offline-saved-title">{t("offline.saved.title")}</h2>
      <Show when={saved().length} fallback={<p>{t("offline.saved.empty")}</p>}>
        <p>{t("offline.saved.used", { size: size(used()) })}</p>
        <ul class="offline-saved-list">
          <For each={saved()}>
            {(course) => (
              <li>
                <span>
                  <a href={coursePath(course.courseId)}>{course.title}</a> · {size(course.bytes)}
                </span>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => void remove(owner(), course.courseId)}
                >
                  {t("offline.save.remove")}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <label class="offline-toggle">
        <input
          type="checkbox"
          checked={saver()}
          data-testid="data-saver"
          onChange={async (event) => {
            const value = event.currentTarget.checked;
            setSaver(value);
            await (await db()).put("settings", { name: "dataSaver", value });
          }}
        />
        <span>
          <strong>{t("offline.dataSaver.label")}</strong>
          <br />
          <span class="field-hint">{t("offline.dataSaver.hint")}</span>
        </span>
      </label>
    </section>
  );
}
