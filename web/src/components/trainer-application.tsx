import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { applyToTrain } from "../data/account";
import type { Me } from "../data/session";
import { t } from "../i18n";
import { createSubmitter, Field, FormError, FormProblem, inputValue, SubmitButton } from "./form";
import { formatDate } from "./format";

function ApplicationStatus(props: { member: Me }): JSX.Element {
  return (
    <Show when={props.member.trainerApplication}>
      {(application) => (
        <div
          class={`application-status application-${application().status}`}
          data-testid="trainer-application-status"
          role="status"
        >
          <p class="application-status-title">{t(`trainer.status.${application().status}`)}</p>
          <p>{t("trainer.sentOn", { date: formatDate(application().createdAt) })}</p>
          <p>
            <strong>{t("trainer.expertise")}:</strong> {application().expertise}
          </p>
          <Show when={application().status === "rejected" && application().reason}>
            {(reason) => (
              <p>
                <strong>{t("trainer.reason")}:</strong> {reason()}
              </p>
            )}
          </Show>
        </div>
      )}
    </Show>
  );
}

const motivationLength = { min: 20, max: 2000 };
const expertiseLength = { min: 3, max: 300 };

function ApplicationForm(): JSX.Element {
  const [expertise, setExpertise] = createSignal("");
  const [motivation, setMotivation] = createSignal("");
  const submitter = createSubmitter();

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const exp = expertise().trim();
    const why = motivation().trim();
    if (exp.length < expertiseLength.min || exp.length > expertiseLength.max) {
      return submitter.fail(new FormProblem("trainer.expertiseLength", expertiseLength));
    }
    if (why.length < motivationLength.min || why.length > motivationLength.max) {
      return submitter.fail(new FormProblem("trainer.motivationLength", motivationLength));
    }
    await submitter.run(() => applyToTrain(why, exp));
  }

  return (
    <form class="panel form" data-testid="trainer-application-form" novalidate onSubmit={onSubmit}>
      <Field for="trainer-expertise" label={t("trainer.expertise")} hint={t("trainer.expertiseHint")}>
        <input
          id="trainer-expertise"
          name="expertise"
          type="text"
          required
          minLength={expertiseLength.min}
          maxLength={expertiseLength.max}
          aria-describedby="trainer-expertise-hint"
          value={expertise()}
          onInput={(event) => setExpertise(inputValue(event))}
        />
      </Field>
      <Field
        for="trainer-motivation"
        label={t("trainer.motivation")}
        hint={t("trainer.motivationHint", { min: motivationLength.min, count: motivation().trim().length })}
      >
        <textarea
          id="trainer-motivation"
          name="motivation"
          rows="5"
          required
          minLength={motivationLength.min}
          maxLength={motivationLength.max}
          aria-describedby="trainer-motivation-hint"
          value={motivation()}
          onInput={(event) => setMotivation(inputValue(event))}
        />
      </Field>
      <FormError error={submitter.error()} />
      <SubmitButton pending={submitter.pending()} label={t("trainer.submit")} />
    </form>
  );
}

/** Becoming a trainer: the application's status, or the form to apply (again). */
export function TrainerSection(props: { member: Me }): JSX.Element {
  const status = () => props.member.trainerApplication?.status;
  return (
    <section class="profile-section" aria-labelledby="profile-trainer">
      <h2 id="profile-trainer">{t("trainer.title")}</h2>
      <Switch>
        <Match when={props.member.role !== "learner"}>
          <p>{t(props.member.role === "admin" ? "trainer.isAdmin" : "trainer.isTrainer")}</p>
          <ApplicationStatus member={props.member} />
        </Match>
        <Match when={status() === "pending" || status() === "approved"}>
          <ApplicationStatus member={props.member} />
        </Match>
        <Match when={status() === "rejected"}>
          <ApplicationStatus member={props.member} />
          <p>{t("trainer.again")}</p>
          <ApplicationForm />
        </Match>
        <Match when={!status()}>
          <p>{t("trainer.intro")}</p>
          <ApplicationForm />
        </Match>
      </Switch>
    </section>
  );
}
