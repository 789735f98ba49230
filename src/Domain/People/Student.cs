using Campus.Domain.Organization;

namespace Campus.Domain.People;

public class Student
{
    public int Id { get; set; }

    /// <summary>The district's own student number, shown to parents as "Student ID".</summary>
    public required string LocalStudentNumber { get; set; }
    public string? StateId { get; set; }
    public required string LegalFirstName { get; set; }
    public string? LegalMiddleName { get; set; }
    public required string LegalLastName { get; set; }
    public DateOnly BirthDate { get; set; }
    public Gender Gender { get; set; }
    public int GradeLevel { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }

    public List<GuardianStudentLink> GuardianLinks { get; set; } = [];
    public List<HouseholdStudent> Households { get; set; } = [];
    public List<EmergencyContact> EmergencyContacts { get; set; } = [];

    public string FullName => PersonName.Format(LegalFirstName, LegalMiddleName, LegalLastName);
}
