namespace Campus.Application.Students;

public sealed record StudentSummary(int Id, string FullName, string FirstName, string GradeCode, string SchoolName);
