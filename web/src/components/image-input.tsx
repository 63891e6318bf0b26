import type { JSX } from "solid-js";
import { acceptFor, contentTypeFor, uploadFile } from "../data/uploads";
import type { Submitter } from "./form";

/**
 * A file input for one image that is sent whole as soon as it is chosen (a badge, a signature: small
 * files, no progress to show), then handed to `onUploaded` to be saved. The submitter shows the
 * failure and keeps the input disabled meanwhile.
 */
export function ImageInput(props: {
  id: string;
  label: string;
  testId: string;
  submitter: Submitter;
  /** The problem when the file is not a PNG, JPEG or WebP image. */
  wrongType: () => unknown;
  /** A file was chosen (before anything is sent). */
  onPick?: () => void;
  onUploaded: (uploadId: string) => Promise<unknown>;
}): JSX.Element {
  function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    props.onPick?.();
    const type = contentTypeFor(file, "image");
    if (!type) return props.submitter.fail(props.wrongType());
    void props.submitter.run(async () => {
      const { uploadId } = await uploadFile(file, type);
      await props.onUploaded(uploadId);
    });
  }

  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        accept={acceptFor("image")}
        disabled={props.submitter.pending()}
        data-testid={props.testId}
        onChange={pick}
      />
    </div>
  );
}
