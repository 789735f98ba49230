namespace Campus.Domain.Auditing;

public static class AuditActions
{
    public const string StudentAccessDenied = "student-access-denied";
    public const string ChangeRequestDecided = "change-request-decided";
    public const string ChangeRequestFieldApplied = "change-request-field-applied";
}
