// A seeded generator of workspaces with the shape of real wire copy: a few hub states with many
// relations, and many pairs with one or two claims. The same seed gives the same workspace.
import type { Article, Claim } from '../src/domain/claims/claim';
import { CERTAINTIES, STANCES } from '../src/domain/claims/vocabulary';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Made-up three-letter actor codes: AAA, AAB, … */
function actorCodes(n: number): string[] {
  const codes: string[] = [];
  for (let i = 0; codes.length < n; i++) {
    const a = String.fromCharCode(65 + Math.floor(i / 676) % 26, 65 + Math.floor(i / 26) % 26, 65 + (i % 26));
    codes.push(a);
  }
  return codes;
}

export interface GeneratedWorkspace {
  articles: Article[];
  claims: Claim[];
  pairs: number;
}

/** `claimCount` claims over at most `maxPairs` pairs of 250 actors, dated 1990–2025. */
export function generateWorkspace(claimCount: number, maxPairs: number, seed = 1): GeneratedWorkspace {
  const rand = random(seed);
  const actors = actorCodes(250);
  // Zipf-like weights: a few hubs take most relations.
  const weights = actors.map((_, i) => 1 / (i + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickActor = () => {
    let r = rand() * total;
    for (let i = 0; i < actors.length; i++) {
      r -= weights[i]!;
      if (r <= 0) return actors[i]!;
    }
    return actors[actors.length - 1]!;
  };
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  while (pairs.length < maxPairs && seen.size < (actors.length * (actors.length - 1)) / 2) {
    const a = pickActor();
    const b = pickActor();
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(key)) {
      if (rand() < 0.98) continue;
    } else seen.add(key);
    pairs.push([a, b]);
  }
  const articleCount = Math.max(1, Math.ceil(claimCount / 20));
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(rand() * 35 * 365) * 86_400_000).toISOString().slice(0, 10);
    return { id: `a${i}`, title: `Article ${i}`, published: day, source: 'generated', text: 'x'.repeat(40) };
  });
  const claims: Claim[] = [];
  for (let i = 0; i < claimCount; i++) {
    // Pair popularity is skewed too: early pairs (between hubs) get more claims.
    const [a, b] = pairs[Math.floor(pairs.length * rand() ** 2)]!;
    const article = articles[Math.floor(rand() * articles.length)]!;
    const r = rand();
    const when: Claim['when'] =
      r < 0.6
        ? { kind: 'point', at: article.published.slice(0, r < 0.3 ? 10 : r < 0.45 ? 7 : 4) }
        : r < 0.75
          ? { kind: 'range', from: String(1980 + Math.floor(rand() * 40)), to: rand() < 0.5 ? null : '2024' }
          : { kind: 'unknown' };
    claims.push({
      id: `c${i}`,
      articleId: article.id,
      subject: a,
      object: b,
      stance: STANCES[Math.floor(rand() * STANCES.length)]!,
      directed: rand() < 0.7,
      when: when.kind === 'range' && when.to !== null && when.to < when.from ? { ...when, to: null } : when,
      certainty: CERTAINTIES[Math.floor(rand() ** 1.5 * CERTAINTIES.length)]!,
      attribution: 'generated',
      evidence: { quote: 'x', start: 0, end: 1 },
    });
  }
  return { articles, claims, pairs: new Set(pairs.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`))).size };
}
