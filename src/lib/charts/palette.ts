// Colours and fills for charts that stay distinguishable for colour-blind readers (Okabe-Ito
// palette) and in grey-scale print: neighbouring series differ in lightness and in pattern, and
// every bar has a dark border.
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';

export interface SeriesStyle {
	colour: string;
	pattern: PatternKind;
}

/** Okabe-Ito colours, by name. */
export const OKABE_ITO = {
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7',
	black: '#000000',
	lightGrey: '#DDDDDD'
} as const;

export const BORDER = '#222222';

/** Fill for a bar: a colour with a pattern drawn over it, as a CanvasPattern (null outside a browser). */
export function fill(style: SeriesStyle, ratio = 1): string | CanvasPattern {
	if (style.pattern === 'solid' || typeof document === 'undefined') return style.colour;
	const size = Math.round(8 * ratio);
	const c = document.createElement('canvas');
	c.width = size;
	c.height = size;
	const ctx = c.getContext('2d');
	if (!ctx) return style.colour;
	ctx.fillStyle = style.colour;
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = 'rgba(0,0,0,0.55)';
	ctx.fillStyle = 'rgba(0,0,0,0.55)';
	ctx.lineWidth = Math.max(1, ratio);
	const line = (x1: number, y1: number, x2: number, y2: number) => {
		ctx.beginPath();
		ctx.moveTo(x1, y1);
		ctx.lineTo(x2, y2);
		ctx.stroke();
	};
	switch (style.pattern) {
		case 'diagonal':
			line(0, size, size, 0);
			line(-size / 2, size / 2, size / 2, -size / 2);
			line(size / 2, size * 1.5, size * 1.5, size / 2);
			break;
		case 'cross':
			line(0, size, size, 0);
			line(0, 0, size, size);
			break;
		case 'dots':
			ctx.beginPath();
			ctx.arc(size / 2, size / 2, size / 6, 0, Math.PI * 2);
			ctx.fill();
			break;
		case 'horizontal':
			line(0, size / 2, size, size / 2);
			break;
		case 'vertical':
			line(size / 2, 0, size / 2, size);
			break;
	}
	return ctx.createPattern(c, 'repeat') ?? style.colour;
}
