/**
 * The width a picture is stored at: a phone's screen (360 CSS px) at 2× pixel density with room for a
 * desktop's lesson column. A camera photo of 4,000 px and 3 MB becomes about 100 KB, so a member on
 * slow 3G uploads and later downloads a thirtieth of it (docs/decisions/0020).
 */
export const PHONE_IMAGE_WIDTH = 960;

const WEBP_QUALITY = 0.8;

/**
 * `file` scaled down to at most PHONE_IMAGE_WIDTH pixels wide and written as WebP, in the browser,
 * before it is sent. The original is kept when the browser cannot decode it (the server then names
 * the problem), cannot write WebP, or when the WebP would not be smaller.
 */
export async function phoneImage(file: File, maxWidth = PHONE_IMAGE_WIDTH): Promise<File> {
  if (!/^image\/(png|jpeg|webp)$/.test(file.type) || typeof createImageBitmap !== "function") return file;
  let bitmap: ImageBitmap;
  try {
    // Chromium and Firefox turn the picture upright by its EXIF orientation here.
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, maxWidth / bitmap.width);
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext("2d");
  if (!context) {
    bitmap.close();
    return file;
  }
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, "image/webp", WEBP_QUALITY),
  );
  // A browser that cannot write WebP answers PNG instead.
  if (blob?.type !== "image/webp" || blob.size >= file.size) return file;
  return new File([blob], `${file.name.replace(/\.[^.]*$/, "") || "gambar"}.webp`, {
    type: "image/webp",
    lastModified: file.lastModified,
  });
}
