/** Who is asking: every function of the data layer takes one and decides from it. */
export type Actor = { role: 'teacher'; userId: string; name: string; email: string } | { role: 'student'; userId: string; name: string };

export function actorFromSession(
  session: { user: { id: string; name: string; email: string; role?: string | null } } | null,
): Actor | null {
  if (!session) return null;
  const { user } = session;
  if (user.role === 'student') return { role: 'student', userId: user.id, name: user.name };
  return { role: 'teacher', userId: user.id, name: user.name, email: user.email };
}

export type TeacherActor = Extract<Actor, { role: 'teacher' }>;
export type StudentActor = Extract<Actor, { role: 'student' }>;
