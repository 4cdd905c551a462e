// The review of an article's claims is a chunk of its own, loaded when first needed: the dialog for a
// new article asks for it as it opens (with the extraction worker), so that the first review does not
// wait for it after the article is read.
let loading: Promise<typeof import('../ui/ReviewPanel')> | null = null;

export function loadReviewPanel(): Promise<typeof import('../ui/ReviewPanel')> {
  loading ??= import('../ui/ReviewPanel');
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
