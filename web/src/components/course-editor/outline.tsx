import { For, type JSX, Show } from "solid-js";
import { addModule } from "../../data/authoring";
import { t } from "../../i18n/authoring";
import { createSubmitter, FormError } from "../form";
import { ModuleSection } from "./module-section";
import type { Workspace } from "./workspace";

/** The course's modules in order, and adding one (whose title then takes the focus). */
export function Outline(props: { ws: Workspace }): JSX.Element {
  const ws = props.ws;
  const adding = createSubmitter();
  let list: HTMLDivElement | undefined;

  async function add() {
    await adding.run(async () => {
      const module = await addModule(
        ws.course.id,
        t("mod.newTitle", { number: ws.course.modules.length + 1 }),
      );
      await ws.refresh();
      // The new module's title is what the trainer wants to change first.
      queueMicrotask(() => {
        const input = list?.querySelector<HTMLInputElement>(`#module-${CSS.escape(module.id)}-title`);
        input?.focus();
        input?.select();
      });
    });
  }

  return (
    <section class="editor-section" aria-labelledby="outline-title">
      <h2 id="outline-title">{t("course.curriculum")}</h2>
      <Show when={ws.course.modules.length === 0}>
        <p class="status status-empty">{t("mod.empty")}</p>
      </Show>
      <div class="modules" ref={list}>
        <For each={ws.course.modules}>
          {(module, index) => <ModuleSection ws={ws} module={module} index={index()} />}
        </For>
      </div>
      <Show when={!ws.readOnly()}>
        <FormError error={adding.error()} />
        <button
          type="button"
          class="button button-secondary add-module"
          data-testid="module-add"
          disabled={adding.pending()}
          onClick={() => void add()}
        >
          {adding.pending() ? t("form.sending") : t("mod.add")}
        </button>
      </Show>
    </section>
  );
}
