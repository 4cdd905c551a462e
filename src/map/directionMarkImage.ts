// The direction mark: an arrowhead pointing north (the map rotates it along its arc), drawn once per
// stance colour with a white edge so it reads on any arc.
export function directionMarkImage(colour: string, size = 28): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the direction mark');
  const s = size;
  ctx.beginPath();
  ctx.moveTo(s / 2, s * 0.1);
  ctx.lineTo(s * 0.88, s * 0.86);
  ctx.lineTo(s / 2, s * 0.66);
  ctx.lineTo(s * 0.12, s * 0.86);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = s * 0.1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = colour;
  ctx.fill();
  return ctx.getImageData(0, 0, s, s);
}
