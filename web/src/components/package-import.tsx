import { createSignal, For, type JSX, Show } from "solid-js";
import { ApiError } from "../data/api";
import { type Editable, importPackage } from "../data/authoring";
import { problem, t, tn } from "../i18n/authoring";
import { createSubmitter, FormError, FormSuccess } from "./form";
import { createUploader, UploadStatus, uploadLimitText } from "./upload";
import { FileInput } from "./upload-progress";

/**
 * A whole module from a .zip written offline: upload it, then have the server check and import it.
 * A refused package comes back with every problem, each with its file and line, listed here.
 */
export function PackageImport(props: {
  courseId: string;
  disabled?: boolean;
  onImported: (course: Editable) => void;
}): JSX.Element {
  const uploader = createUploader("package");
  const submitter = createSubmitter();
  const [chosen, setChosen] = createSignal<File>();
  const [added, setAdded] = createSignal<{ title: string; lessons: number }>();
  let input: HTMLInputElement | undefined;

  const problems = () => {
    const error = submitter.error();
    return error instanceof ApiError && error.code === "package_invalid" ? error.details : [];
  };

  async function run(event: SubmitEvent) {
    event.preventDefault();
    setAdded(undefined);
    const file = chosen();
    if (!file) {
      submitter.fail(problem("pkg.choose"));
      input?.focus();
      return;
    }
    await submitter.run(async () => {
      // A package already uploaded (the import failed on the way) is not sent again.
      const uploaded =
        uploader.result() && uploader.file() === file ? uploader.result() : await uploader.start(file);
      if (uploaded) await importUploaded(uploaded.uploadId);
    });
    // A refused package is fixed and zipped again, usually under the same name: the input is emptied
    // so that choosing it again counts as a change.
    if (problems().length > 0) {
      setChosen(undefined);
      if (input) input.value = "";
    }
  }

  async function importUploaded(uploadId: string) {
    const course = await importPackage(props.courseId, uploadId);
    const module = course.modules[course.modules.length - 1];
    setAdded({ title: module?.title ?? "", lessons: module?.lessons.length ?? 0 });
    props.onImported(course);
    uploader.reset();
    setChosen(undefined);
    if (input) input.value = "";
  }

  // "Try again" after a broken upload carries on with the import.
  const resumable = {
    ...uploader,
    async retry() {
      let uploaded: Awaited<ReturnType<typeof uploader.retry>>;
      await submitter.run(async () => {
        uploaded = await uploader.retry();
        if (uploaded) await importUploaded(uploaded.uploadId);
      });
      return uploaded;
    },
  };

  return (
    <section class="panel editor-section" aria-labelledby="package-title" data-testid="package-section">
      <h2 id="package-title">{t("pkg.title")}</h2>
      <p>{t("pkg.intro")}</p>
      <details class="package-format">
        <summary>{t("pkg.format")}</summary>
        <ul>
          <li>{t("pkg.formatManifest")}</li>
          <li>{t("pkg.formatLessons")}</li>
          <li>{t("pkg.formatFiles")}</li>
          <li>{t("pkg.formatQuiz")}</li>
          <li>{t("pkg.formatZip")}</li>
        </ul>
        <pre class="package-tree">{`modul-saya/
├── module.yaml
├── pelajaran/01-pengantar.md
├── gambar/foto.png
├── materi/materi.pdf
└── kuis/kuis-1.yaml`}</pre>
      </details>
      <form class="form" novalidate onSubmit={run}>
        <div class="field">
          <label for="package-file">{t("pkg.file")}</label>
          <FileInput
            id="package-file"
            kind="package"
            testId="package-input"
            disabled={props.disabled || submitter.pending()}
            ref={input}
            onChange={(chosen) => {
              setChosen(chosen.files?.[0]);
              setAdded(undefined);
              submitter.clear();
            }}
          />
          <p class="field-hint" id="package-file-hint">
            {uploadLimitText("package")}
          </p>
        </div>
        <UploadStatus uploader={resumable} id="package-file" />
        <Show
          when={problems().length > 0}
          fallback={
            <Show when={uploader.phase() !== "failed"}>
              <FormError error={submitter.error()} />
            </Show>
          }
        >
          <div class="form-error package-problems-box" role="alert" data-testid="form-error">
            <p>{tn("pkg.problems", problems().length)}</p>
            <ul class="package-problems" data-testid="package-problems">
              <For each={problems()}>
                {(item) => (
                  <li class="package-problem" data-testid="package-problem">
                    <Show when={item.file}>
                      <span class="problem-file">
                        <code>{item.file}</code>
                        {item.line ? t("pkg.line", { line: item.line }) : ""}
                        <span class="visually-hidden">: </span>
                      </span>
                    </Show>
                    <span>{item.message}</span>
                  </li>
                )}
              </For>
            </ul>
            <p class="problem-hint">{t("pkg.fixAll")}</p>
          </div>
        </Show>
        <Show when={added()}>
          {(module) => (
            <FormSuccess>{t("pkg.done", { title: module().title, lessons: module().lessons })}</FormSuccess>
          )}
        </Show>
        <button
          type="submit"
          class="button"
          data-testid="package-import"
          disabled={props.disabled || submitter.pending()}
        >
          <Show when={submitter.pending()}>
            <span class="spinner spinner-small" aria-hidden="true" />
          </Show>
          {submitter.pending() ? t("form.sending") : t("pkg.import")}
        </button>
      </form>
    </section>
  );
}
