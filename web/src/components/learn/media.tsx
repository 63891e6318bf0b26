import { createSignal, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import type { DocumentContent, VideoContent } from "../../data/learning";
import { fileUrl } from "../../data/uploads";
import { t } from "../../i18n/player";
import { LearnIcon } from "./learn-icon";

/** Where an upload is served (data/uploads.ts's one builder). */
export const fileHref = fileUrl;

/**
 * A YouTube video that costs nothing until asked for: a plain placeholder (not even YouTube's
 * thumbnail) with a play button, and only then the player, from the no-cookie domain.
 */
function YouTubeVideo(props: { videoId: string; title: string; onEnded?: () => void }): JSX.Element {
  const [playing, setPlaying] = createSignal(false);
  let frame: HTMLIFrameElement | undefined;
  // The embedded player tells its state by postMessage once asked to (enablejsapi=1); 0 is "ended".
  const listen = (event: MessageEvent) => {
    if (event.origin !== "https://www.youtube-nocookie.com" || event.source !== frame?.contentWindow) return;
    try {
      const data = typeof event.data === "string" ? JSON.parse(event.data) : event.data;
      if (data?.info?.playerState === 0) props.onEnded?.();
    } catch {}
  };
  window.addEventListener("message", listen);
  onCleanup(() => window.removeEventListener("message", listen));
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
          ref={frame}
          src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(props.videoId)}?autoplay=1&rel=0&enablejsapi=1&origin=${encodeURIComponent(location.origin)}`}
          onLoad={() =>
            frame?.contentWindow?.postMessage(
              JSON.stringify({ event: "listening", id: "berdaya" }),
              "https://www.youtube-nocookie.com",
            )
          }
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
function UploadedVideo(props: { uploadId: string; title: string; onEnded?: () => void }): JSX.Element {
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
        onEnded={() => props.onEnded?.()}
      />
    </div>
  );
}

/** A video lesson; `onEnded` when it has played to its end (the lesson is then done). */
export function VideoLesson(props: {
  content: VideoContent;
  title: string;
  onEnded?: () => void;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.content.source.type === "youtube" && props.content.source}>
        {(source) => <YouTubeVideo videoId={source().videoId} title={props.title} onEnded={props.onEnded} />}
      </Match>
      <Match when={props.content.source.type === "upload" && props.content.source}>
        {(source) => (
          <UploadedVideo uploadId={source().uploadId} title={props.title} onEnded={props.onEnded} />
        )}
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
            href={fileHref(props.content.uploadId, { download: true })}
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
