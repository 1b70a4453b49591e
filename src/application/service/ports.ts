/** Whether the database answers a trivial query; never throws. */
export interface DatabaseProbe {
  isUp(): Promise<boolean>;
}
