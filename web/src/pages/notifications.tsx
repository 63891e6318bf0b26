import { A } from "@solidjs/router";
import { createEffect, createSignal, For, type JSX, on, onMount, Show } from "solid-js";
import { formatDateTime } from "../components/format";
import { usePageTitle } from "../components/page-title";
import { RequireLogin } from "../components/require-login";
import { LoadingState } from "../components/status";
import { WaitingLinks } from "../components/waiting-links";
import { inbox, markNotificationsSeen, type Notification, refreshInbox } from "../data/notifications";
import { coursePath, editorPath, lessonHref } from "../data/paths";
import { type MessageKey, t } from "../i18n";

/** Where each kind of notification takes the member, and what the link says. */
function target(item: Notification): { href: string; label: MessageKey } {
  const course = item.courseId ?? "";
  switch (item.kind) {
    case "worksheet_revision":
      return {
        href: lessonHref(course, item.lessonId ?? ""),
        label: "notif.openLesson",
      };
    case "certificate_issued":
    case "certificate_revoked":
      return { href: "/certificates", label: "notif.openCertificates" };
    case "course_approved":
      return { href: coursePath(course), label: "notif.openCourse" };
    case "course_returned":
      return { href: editorPath(course), label: "notif.openEditor" };
    case "trainer_approved":
      return { href: "/trainer", label: "notif.openTrainer" };
    case "trainer_rejected":
      return { href: "/profile", label: "notif.openProfile" };
  }
}

function Item(props: { item: Notification; unseen: boolean }): JSX.Element {
  const link = () => target(props.item);
  const about = () =>
    [props.item.lessonTitle, props.item.courseTitle]
      .filter((part): part is string => Boolean(part))
      .join(" · ");
  return (
    <li class="notification" classList={{ unseen: props.unseen }} data-testid="notification">
      <p class="notification-title">
        <Show when={props.unseen}>
          <span class="badge badge-new">{t("notif.new")}</span>{" "}
        </Show>
        {t(`notif.kind.${props.item.kind}` as MessageKey)}
      </p>
      <Show when={about()}>
        <p class="notification-about">{about()}</p>
      </Show>
      <Show when={props.item.message}>
        {(message) => <blockquote class="notification-message">{message()}</blockquote>}
      </Show>
      <p class="notification-meta">
        <time dateTime={props.item.at}>{formatDateTime(props.item.at)}</time>
        <A href={link().href} class="notification-link">
          {t(link().label)}
        </A>
      </p>
    </li>
  );
}

function Notifications(): JSX.Element {
  // What was unseen when the page opened stays marked "new" while the member reads it.
  const [seenBefore, setSeenBefore] = createSignal<string>();
  onMount(() => void refreshInbox({ fresh: true }));
  createEffect(
    on(inbox, (current) => {
      const newest = current?.items[0]?.at;
      if (!current || !newest) return;
      if (seenBefore() === undefined)
        setSeenBefore(current.unseen ? (current.items[current.unseen]?.at ?? "") : newest);
      if (current.unseen) void markNotificationsSeen(newest).catch(() => {});
    }),
  );
  const isUnseen = (item: Notification) => {
    const before = seenBefore();
    return before !== undefined && item.at > before;
  };
  return (
    <div class="notifications-page">
      <div class="page-intro">
        <h1>{t("notif.title")}</h1>
      </div>
      <Show when={inbox()} fallback={<LoadingState label={t("app.loading")} />}>
        {(current) => (
          <>
            <WaitingLinks waiting={current().waiting} />
            <Show
              when={current().items.length}
              fallback={<p class="status status-empty">{t("notif.empty")}</p>}
            >
              <ul class="notification-list">
                <For each={current().items}>{(item) => <Item item={item} unseen={isUnseen(item)} />}</For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

export default function NotificationsPage(): JSX.Element {
  usePageTitle(() => t("notif.title"));
  return <RequireLogin>{() => <Notifications />}</RequireLogin>;
}
