export interface SessionUser {
  id: number;
  username: string;
  role: 'operator' | 'admin';
  organizationId: number | null;
}

export interface Credentials {
  username: string;
  password: string;
}
