/** Who is signed in: the bearer token the graph gets (the graph says whom it names). */
export interface Session {
  token: string;
}
