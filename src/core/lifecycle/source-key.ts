// The key of the post an appeal was filed from. Its own module: storage derives it for every stored appeal, and
// should not need the text comparison (and the classifier's word normalisation) that the duplicate check brings.
export function sourceKey(source: { network: string; postId: string | null } | null | undefined): string | null {
  return source?.postId ? `${source.network}|${source.postId}` : null;
}
