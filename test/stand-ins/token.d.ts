/** The one token the GitHub stand-in accepts (see token.js). */
export declare const STAND_IN_TOKEN: string;
