import { createStore } from "solid-js/store";
import { ofKind } from "../of-kind";
import { QuizBuilder, quizContentOf, quizDraftOf } from "../quiz-builder";
import type { CreateKindPart } from "./kind-part";

/** A quiz: its settings and questions, built by the quiz builder. */
export const quizPart: CreateKindPart = (content, context) => {
  const start = content && ofKind(content, "quiz");
  const [quiz, setQuiz] = createStore(quizDraftOf(start || undefined));
  return {
    snapshot: () => quiz,
    content: () => quizContentOf(quiz),
    View: () => <QuizBuilder idPrefix={context.id("quiz")} quiz={quiz} setQuiz={setQuiz} />,
  };
};
