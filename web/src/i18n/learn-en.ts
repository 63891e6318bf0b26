import type { LearnDictionary } from "./learn-id";

export const en: LearnDictionary = {
  "learn.enroll": "Join course",
  "learn.enrolling": "Joining…",
  "learn.enrollNote": "Free. Learn from your phone whenever it suits you.",
  "learn.enrollNoteLogin": "Free. Log in or sign up first, then you come back to this page.",
  "learn.enrollmentLabel": "Your enrolment",
  "learn.notOpenYet": "This course's lessons are still being prepared.",
  "learn.learnersLabel": "Learners",

  "learn.learnerCount.one": "{count} learner",
  "learn.learnerCount.other": "{count} learners",

  "learn.certificateLabel": "Certificate",
  "learn.certificateAuto": "Issued when every required lesson is done",
  "learn.certificateApproval": "Issued after the trainer approves",
  "learn.progressLabel": "Course progress",
  "learn.progressOf": "Progress: {title}",
  "learn.progressPercent": "{percent}% done",

  "learn.requiredDone.one": "{done} of {count} required lesson",
  "learn.requiredDone.other": "{done} of {count} required lessons",

  "learn.start": "Start learning",
  "learn.resume": "Continue",
  "learn.review": "Open again",
  "learn.toMyCourses": "See My courses",
  "learn.toCertificate": "See the certificate",

  "learn.status.active": "In progress",
  "learn.status.completed": "Completed",

  "learn.done": "done",
  "learn.optionalLesson": "optional",
  "learn.lessonDoneMark": "Done",

  "learn.completed.title": "Congratulations! You have completed this course",
  "learn.completed.on": "Completed on {date}.",
  "learn.completed.next": "You have finished every required lesson. Thank you for learning with Berdaya.",

  "learn.my.title": "My courses",
  "learn.my.intro": "The courses you have joined, how far you are, and where you stopped.",
  "learn.my.loading": "Loading your courses…",
  "learn.my.empty": "You have not joined a course yet. Pick one in the catalog, then press Join course.",
  "learn.my.count.one": "{count} course",
  "learn.my.count.other": "{count} courses",
  "learn.my.active": "In progress",
  "learn.my.completed": "Completed",
  "learn.my.enrolledOn": "Started {date}",
  "learn.my.completedOn": "Completed {date}",
};
