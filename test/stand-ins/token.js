/** The one token the GitHub stand-in accepts (any other is "Bad credentials"). Never a real token. Its own module so browser tests can import it. */
export const STAND_IN_TOKEN = 'ghp_standInTokenForTests0000000000000000';
