namespace Campus.Domain.Auditing;

public static class AuditActions
{
    public const string StudentAccessDenied = "student-access-denied";
}
