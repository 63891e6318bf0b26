import { A, useLocation, useParams } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { CertificateStatusBadge } from "../components/certificate-status";
import { ConfirmAction } from "../components/confirm-action";
import { DeskPageFrame } from "../components/desk-nav";
import { createSubmitter, FormError } from "../components/form";
import { formatDate, formatPhone } from "../components/format";
import { Icon } from "../components/icon";
import { RoleBadge, RoleFacts } from "../components/member-facts";
import { usePageTitle } from "../components/page-title";
import { ResetLinkCreate } from "../components/reset-link";
import { ErrorState, isNotFound, LoadingState } from "../components/status";
import { type AdminMember, removeTrainerRole } from "../data/admin";
import { verifyPath } from "../data/certificate-code";
import { type MemberDetail, memberDetail } from "../data/desk";
import { coursePath } from "../data/paths";
import { sectorLabel } from "../i18n";
import { t, tn } from "../i18n/desk";
import "../desk.css";
import "../verify.css";
import "../authoring.css";

/** A one-time password link for a member who forgot theirs, to copy or send on WhatsApp. */
function ResetLinkAction(props: { member: AdminMember }): JSX.Element {
  return (
    <section class="panel member-section" aria-labelledby="member-password">
      <h2 id="member-password">{t("member.password")}</h2>
      <p class="field-hint">{t("member.passwordIntro")}</p>
      <ResetLinkCreate member={props.member} id="member-reset-url" />
    </section>
  );
}

/** Takes a trainer role back (ADR 0013); the courses stay and are moved on the courses page. */
function TrainerRoleAction(props: { member: AdminMember; onRemoved: () => void }): JSX.Element {
  const submitter = createSubmitter();
  const [removed, setRemoved] = createSignal(false);
  return (
    <section class="panel member-section" aria-labelledby="member-trainer-role">
      <h2 id="member-trainer-role">{t("member.trainerRole")}</h2>
      <Show
        when={!removed()}
        fallback={
          <>
            <p class="notice" role="status" data-testid="trainer-removed">
              {t("member.trainerRemoved", { name: props.member.name })}
            </p>
            <A href="/admin/courses" class="button button-secondary">
              {t("member.toCourses")}
            </A>
          </>
        }
      >
        <p class="field-hint">{t("member.trainerRoleIntro")}</p>
        <FormError error={submitter.error()} />
        <ConfirmAction
          label={submitter.pending() ? t("form.sending") : t("member.removeTrainer")}
          question={t("member.removeTrainerQuestion", { name: props.member.name })}
          confirm={t("member.removeTrainerConfirm")}
          cancel={t("member.cancel")}
          testId="remove-trainer"
          disabled={submitter.pending()}
          onConfirm={() =>
            void submitter.run(async () => {
              await removeTrainerRole(props.member.id);
              setRemoved(true);
              props.onRemoved();
            })
          }
        />
      </Show>
    </section>
  );
}

function Profile(props: { member: AdminMember }): JSX.Element {
  const notFilled = () => <span class="muted-note">{t("member.notFilled")}</span>;
  return (
    <section class="panel member-section" aria-labelledby="member-profile">
      <h2 id="member-profile">{t("member.profile")}</h2>
      <dl class="member-facts">
        <div>
          <dt>{t("form.phone")}</dt>
          <dd class="member-phone">{props.member.phone ? formatPhone(props.member.phone) : notFilled()}</dd>
        </div>
        <div>
          <dt>{t("form.email")}</dt>
          <dd>{props.member.email ?? notFilled()}</dd>
        </div>
        <RoleFacts role={props.member.role} createdAt={props.member.createdAt} />
        <div>
          <dt>{t("business.name")}</dt>
          <dd>{props.member.businessName ?? notFilled()}</dd>
        </div>
        <div>
          <dt>{t("business.sector")}</dt>
          <dd>{props.member.sector ? sectorLabel(props.member.sector) : notFilled()}</dd>
        </div>
        <div>
          <dt>{t("business.regency")}</dt>
          <dd>{props.member.regency ?? notFilled()}</dd>
        </div>
      </dl>
    </section>
  );
}

/** A titled panel of the member page listing `items`, or saying there are none. */
function ItemsSection<T>(props: {
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  children: (item: T) => JSX.Element;
}): JSX.Element {
  return (
    <section class="panel member-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show when={props.items.length > 0} fallback={<p class="muted-note">{props.empty}</p>}>
        <ul class="member-items">
          <For each={props.items}>{(item) => props.children(item)}</For>
        </ul>
      </Show>
    </section>
  );
}

function Enrollments(props: { detail: MemberDetail }): JSX.Element {
  return (
    <ItemsSection
      id="member-enrollments"
      title={t("member.enrollments")}
      empty={t("member.noEnrollments")}
      items={props.detail.enrollments}
    >
      {(enrollment) => (
        <li data-testid="member-enrollment" data-course={enrollment.courseId}>
          <div class="member-item-head">
            <A href={coursePath(enrollment.courseId)} class="member-item-title">
              {enrollment.courseTitle ?? enrollment.courseId}
            </A>
            <span class={`enroll-badge enroll-${enrollment.status}`}>
              {t(`member.status.${enrollment.status}`)}
            </span>
          </div>
          <p class="admin-row-meta">
            <span>{tn("member.lessonsDone", enrollment.completedLessons)}</span>
            <span>{t("member.enrolledOn", { date: formatDate(enrollment.enrolledAt) })}</span>
            <Show when={enrollment.completedAt}>
              {(at) => <span>{t("member.completedOn", { date: formatDate(at()) })}</span>}
            </Show>
          </p>
        </li>
      )}
    </ItemsSection>
  );
}

function Certificates(props: { detail: MemberDetail }): JSX.Element {
  return (
    <ItemsSection
      id="member-certificates"
      title={t("member.certificates")}
      empty={t("member.noCertificates")}
      items={props.detail.certificates}
    >
      {(certificate) => (
        <li data-testid="member-certificate" data-code={certificate.code}>
          <div class="member-item-head">
            <span class="member-item-title">{certificate.courseTitle}</span>
            <CertificateStatusBadge status={certificate.status} />
          </div>
          <p class="admin-row-meta">
            <A href={verifyPath(certificate.code)} class="verify-code">
              {certificate.code}
            </A>
            <span>{t("member.issuedOn", { date: formatDate(certificate.issuedAt) })}</span>
            <Show when={certificate.revokedAt}>
              {(at) => <span>{t("member.revokedOn", { date: formatDate(at()) })}</span>}
            </Show>
          </p>
        </li>
      )}
    </ItemsSection>
  );
}

function Member(): JSX.Element {
  const params = useParams();
  const [detail, { refetch }] = createResource(() => params.userId, memberDetail);
  usePageTitle(() => (detail.state === "ready" ? detail().member.name : t("members.title")));
  // Keeps the "role removed" notice on screen after the member, reloaded, is no longer a trainer.
  const [removedFrom, setRemovedFrom] = createSignal<string>();

  return (
    <Switch fallback={<LoadingState label={t("member.loading")} />}>
      <Match when={detail.state === "errored" && isNotFound(detail.error)}>
        <div class="page-intro" data-testid="member-not-found">
          <h1>{t("member.notFoundTitle")}</h1>
          <p class="lead">{t("member.notFound")}</p>
        </div>
      </Match>
      <Match when={detail.state === "errored"}>
        <ErrorState error={detail.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={detail.state === "ready" || detail.state === "refreshing" ? detail.latest : undefined}>
        {(loaded) => (
          <div class="member-detail" data-testid="member-detail">
            <div class="page-intro">
              <h1 class="member-name">
                {loaded().member.name}
                <RoleBadge role={loaded().member.role} />
              </h1>
            </div>
            <div class="member-grid">
              <Profile member={loaded().member} />
              <ResetLinkAction member={loaded().member} />
              <Show when={loaded().member.role === "trainer" || removedFrom() === loaded().member.id}>
                <TrainerRoleAction
                  member={loaded().member}
                  onRemoved={() => {
                    setRemovedFrom(loaded().member.id);
                    void refetch();
                  }}
                />
              </Show>
              <Enrollments detail={loaded()} />
              <Certificates detail={loaded()} />
            </div>
          </div>
        )}
      </Match>
    </Switch>
  );
}

/** /admin/members/:userId: a member's profile, courses and certificates, and a password reset link. */
export default function AdminMemberPage(): JSX.Element {
  const location = useLocation<{ from?: string }>();
  // Back to the list as it was (its search and filters), when the member was opened from it.
  const back = () => {
    const from = location.state?.from;
    return typeof from === "string" && from.startsWith("/admin/members") ? from : "/admin/members";
  };
  return (
    <DeskPageFrame class="member-page">
      {() => (
        <>
          <A href={back()} class="back-link">
            <Icon name="back" />
            {t("member.back")}
          </A>
          <Member />
        </>
      )}
    </DeskPageFrame>
  );
}
