import { findTimes } from '../src/domain/claims/resolveTime';
console.log(JSON.stringify(findTimes('Azerbaijan won its 2020 war with Armenia.', { published: '2024-05-01' })));
