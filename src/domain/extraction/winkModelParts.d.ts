// The parts of wink-eng-lite-web-model that winkModel.ts puts together (CommonJS modules with no
// types of their own): each a loader or an add-on that wink-nlp calls as it pleases.
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/lemmatize.js' {
  const lemmatize: unknown;
  export default lemmatize;
}
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: unknown;
  export default stem;
}
declare module 'wink-eng-lite-web-model/dist/readability-stats.js' {
  const readabilityStats: unknown;
  export default readabilityStats;
}
