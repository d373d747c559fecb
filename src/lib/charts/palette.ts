// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in greyscale print.
// A country keeps its colour on every chart: a flow is drawn in the colour of the country it leaves.
export const PALETTE = {
	reporter: '#0072B2',
	partner: '#D55E00',
	surplus: '#009E73',
	deficit: '#CC79A7',
	total: '#56B4E9',
	neutral: '#555555',
	event: '#7a6a00',
	claim: '#000000'
} as const;
