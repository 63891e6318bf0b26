import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import type { DocumentContent, VideoContent } from "../../data/learning";
import { t } from "../../i18n/player";
import { LearnIcon } from "./learn-icon";

export const fileHref = (uploadId: string) => `/api/files/${encodeURIComponent(uploadId)}`;

/**
 * A YouTube video that costs nothing until asked for: a plain placeholder (not even YouTube's
 * thumbnail) with a play button, and only then the player, from the no-cookie domain.
 */
function YouTubeVideo(props: { videoId: string; title: string }): JSX.Element {
  const [playing, setPlaying] = createSignal(false);
  return (
    <div class="learn-video-frame">
      <Show
        when={playing()}
        fallback={
          <button
            type="button"
            class="learn-video-poster"
            data-testid="video-play"
            onClick={() => setPlaying(true)}
          >
            <span class="learn-video-play" aria-hidden="true">
              <LearnIcon name="play" />
            </span>
            <span class="learn-video-poster-text">
              <span class="learn-video-poster-title">{t("player.video.play")}</span>
              <span class="learn-video-poster-note">{t("player.video.youtubeNote")}</span>
            </span>
          </button>
        }
      >
        <iframe
          class="learn-video-embed"
          src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(props.videoId)}?autoplay=1&rel=0`}
          title={t("player.video.frameTitle", { title: props.title })}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowfullscreen
          // The site sends no referrer at all; YouTube's player refuses to start without one.
          referrerpolicy="strict-origin-when-cross-origin"
        />
      </Show>
    </div>
  );
}

/** An uploaded video: preload="none", so not a byte comes down before the learner presses play. */
function UploadedVideo(props: { uploadId: string; title: string }): JSX.Element {
  return (
    <div class="learn-video-frame">
      {/* biome-ignore lint/a11y/useMediaCaption: trainers' uploads carry no caption track yet. */}
      <video
        class="learn-video-embed"
        controls
        preload="none"
        playsinline
        src={fileHref(props.uploadId)}
        aria-label={props.title}
        data-testid="video-player"
      />
    </div>
  );
}

export function VideoLesson(props: { content: VideoContent; title: string }): JSX.Element {
  return (
    <Switch>
      <Match when={props.content.source.type === "youtube" && props.content.source}>
        {(source) => <YouTubeVideo videoId={source().videoId} title={props.title} />}
      </Match>
      <Match when={props.content.source.type === "upload" && props.content.source}>
        {(source) => <UploadedVideo uploadId={source().uploadId} title={props.title} />}
      </Match>
    </Switch>
  );
}

export function DocumentLinks(props: { content: DocumentContent; title: string }): JSX.Element {
  return (
    <div class="learn-document">
      <span class="learn-document-icon" aria-hidden="true">
        PDF
      </span>
      <div class="learn-document-body">
        <p class="learn-document-title">{props.title}</p>
        <div class="learn-document-actions">
          <a
            class="button"
            href={fileHref(props.content.uploadId)}
            target="_blank"
            rel="noopener"
            data-testid="document-open"
          >
            <LearnIcon name="open" />
            {t("player.document.open")}
          </a>
          <a
            class="button button-secondary"
            href={`${fileHref(props.content.uploadId)}?download=1`}
            download=""
            data-testid="document-download"
          >
            <LearnIcon name="download" />
            {t("player.document.download")}
          </a>
        </div>
        <p class="field-hint">{t("player.document.note")}</p>
      </div>
    </div>
  );
}
