import { nodeReaders } from './nodeGazetteer';
const { finder } = nodeReaders();
for (const line of process.argv.slice(2)) console.log(line.padEnd(50), finder.find(line, { published: '2024-05-01' }).map((m) => `${m.text}=${m.id}:${m.kind}`).join(' '));
