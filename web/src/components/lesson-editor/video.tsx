import { createSignal, type JSX, Show } from "solid-js";
import { createStore, type SetStoreFunction } from "solid-js/store";
import { type LessonContent, youtubeId } from "../../data/authoring";
import { problem, t } from "../../i18n/authoring";
import { CheckBox } from "../check-box";
import { Field, inputValue } from "../form";
import { ofKind } from "../of-kind";
import { bodyOf, type CreateKindPart, type KindContext } from "./kind-part";
import { CaptionEditor, LessonFile } from "./shared-fields";

interface VideoDraft {
  source: "upload" | "youtube";
  uploadId: string;
  youtube: string;
  mustWatch: boolean;
}

function SourceChoice(props: { video: VideoDraft; setVideo: SetStoreFunction<VideoDraft>; name: string }) {
  const Choice = (choice: { source: VideoDraft["source"]; label: string }) => (
    <label class="check">
      <input
        type="radio"
        name={props.name}
        checked={props.video.source === choice.source}
        onChange={() => props.setVideo("source", choice.source)}
      />
      {choice.label}
    </label>
  );
  return (
    <fieldset class="form-group">
      <legend>{t("les.videoSource")}</legend>
      <div class="choice-row">
        <Choice source="upload" label={t("les.videoUpload")} />
        <Choice source="youtube" label={t("les.videoYoutube")} />
      </div>
      <CheckBox
        testId="video-must-watch"
        checked={props.video.mustWatch}
        onChange={(checked) => props.setVideo("mustWatch", checked)}
        label={t("les.mustWatch")}
      />
    </fieldset>
  );
}

function YoutubeField(props: { id: string; value: string; onInput: (value: string) => void }): JSX.Element {
  return (
    <Field for={props.id} label={t("les.youtube")} hint={t("les.youtubeHint")}>
      <input
        id={props.id}
        type="url"
        inputmode="url"
        autocapitalize="none"
        spellcheck={false}
        aria-describedby={`${props.id}-hint ${props.id}-parsed`}
        value={props.value}
        onInput={(event) => props.onInput(inputValue(event))}
      />
      <p class="field-note" id={`${props.id}-parsed`} aria-live="polite">
        <Show when={props.value.trim()}>
          {youtubeId(props.value)
            ? t("les.youtubeId", { id: youtubeId(props.value) ?? "" })
            : t("les.badYoutube")}
        </Show>
      </p>
    </Field>
  );
}

function videoContentOf(video: VideoDraft, body: string): LessonContent {
  const mustWatch = video.mustWatch ? { mustWatch: true } : {};
  if (video.source === "upload") {
    if (!video.uploadId) throw problem("les.needVideo");
    return { kind: "video", source: { type: "upload", uploadId: video.uploadId }, body, ...mustWatch };
  }
  const videoId = youtubeId(video.youtube);
  if (!videoId) throw problem("les.badYoutube");
  return { kind: "video", source: { type: "youtube", videoId }, body, ...mustWatch };
}

function VideoFields(props: {
  context: KindContext;
  video: VideoDraft;
  setVideo: SetStoreFunction<VideoDraft>;
  text: string;
  setText: (value: string) => void;
}): JSX.Element {
  const id = (part: string) => props.context.id(part);
  return (
    <>
      <SourceChoice video={props.video} setVideo={props.setVideo} name={id("video-source")} />
      <Show
        when={props.video.source === "upload"}
        fallback={
          <YoutubeField
            id={id("youtube")}
            value={props.video.youtube}
            onInput={(value) => props.setVideo("youtube", value)}
          />
        }
      >
        <LessonFile
          id={id("video")}
          kind="video"
          uploadId={props.video.uploadId}
          label={t("les.videoFile")}
          replaceLabel={t("les.replaceVideo")}
          currentLabel={t("les.currentVideo")}
          onDone={(file) => props.setVideo("uploadId", file.uploadId)}
        />
      </Show>
      <CaptionEditor
        id={id("body")}
        label={t("les.caption")}
        value={props.text}
        onInput={props.setText}
        lang={props.context.lang()}
      />
    </>
  );
}

/** A video lesson: an uploaded file or a YouTube link, whether it must be watched, and a caption. */
export const videoPart: CreateKindPart = (content, context) => {
  const start = content && ofKind(content, "video");
  const [video, setVideo] = createStore<VideoDraft>({
    source: start ? start.source.type : "upload",
    uploadId: start && start.source.type === "upload" ? start.source.uploadId : "",
    youtube: start && start.source.type === "youtube" ? start.source.videoId : "",
    mustWatch: start ? start.mustWatch === true : false,
  });
  const [text, setText] = createSignal(bodyOf(content));
  return {
    snapshot: () => [video, text()],
    content: () => videoContentOf(video, text()),
    View: () => (
      <VideoFields context={context} video={video} setVideo={setVideo} text={text()} setText={setText} />
    ),
  };
};
