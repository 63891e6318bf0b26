import { type JSX, Match, Switch } from "solid-js";
import type { DocumentContent, VideoContent } from "../../data/authoring";
import { fileUrl } from "../../data/uploads";
import { t } from "../../i18n/authoring";
import { Body } from "./body";

/** A video lesson: the uploaded video or a link to YouTube, then its caption. */
export function VideoView(props: { content: VideoContent; lang?: string }): JSX.Element {
  return (
    <>
      <Switch>
        <Match when={props.content.source.type === "upload" && props.content.source}>
          {(source) => (
            // biome-ignore lint/a11y/useMediaCaption: trainers' uploads carry no caption track yet.
            <video class="lesson-video" controls preload="metadata" src={fileUrl(source().uploadId)} />
          )}
        </Match>
        <Match when={props.content.source.type === "youtube" && props.content.source}>
          {(source) => (
            <p>
              <a
                href={`https://www.youtube.com/watch?v=${source().videoId}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t("view.youtube", { id: source().videoId })}
              </a>
            </p>
          )}
        </Match>
      </Switch>
      <Body source={props.content.body} lang={props.lang} />
    </>
  );
}

/** A PDF lesson: a link to the file, then its introduction. */
export function DocumentView(props: { content: DocumentContent; lang?: string }): JSX.Element {
  return (
    <>
      <p>
        <a href={fileUrl(props.content.uploadId)} target="_blank" rel="noopener">
          {t("view.openPdf")}
        </a>
      </p>
      <Body source={props.content.body} lang={props.lang} />
    </>
  );
}
