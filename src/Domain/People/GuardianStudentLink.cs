namespace Campus.Domain.People;

/// <summary>
/// How a guardian stands to a student. Only an active link with portal access lets the guardian see the student.
/// </summary>
public class GuardianStudentLink
{
    public int Id { get; set; }
    public int GuardianId { get; set; }
    public Guardian? Guardian { get; set; }
    public int StudentId { get; set; }
    public Student? Student { get; set; }
    public Relationship Relationship { get; set; }
    public bool IsCustodial { get; set; }
    public bool HasPortalAccess { get; set; }
    public bool ReceivesMail { get; set; }

    /// <summary>Order in which to call in an emergency; 1 first. Null when not an emergency contact.</summary>
    public int? EmergencyPriority { get; set; }

    public bool IsActive { get; set; } = true;

    public bool GrantsPortalAccess => IsActive && HasPortalAccess;
}
