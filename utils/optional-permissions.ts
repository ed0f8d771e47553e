/**
 * Host access Pressclip may ask for at run time, never at install: the sites of clipped
 * images, requested per site only when the user chooses to download images into a Markdown
 * export (utils/image-assets.ts). Read by the manifest (wxt.config.ts) and by the package
 * checks, which refuse any other host access. Pure data.
 * @module utils/optional-permissions
 */
export const OPTIONAL_HOST_PERMISSIONS: readonly string[] = ['https://*/*', 'http://*/*'];
