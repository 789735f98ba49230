namespace Campus.Domain.Organization;

public class StaffSchool
{
    public int StaffMemberId { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
}
