namespace Campus.Plugins.Locker.Data;

/// <summary>A locker given to a student for one school year. Student and school year are core rows, referred to by id.</summary>
public class LockerAssignment
{
    public int Id { get; set; }
    public int LockerId { get; set; }
    public Locker? Locker { get; set; }
    public int StudentId { get; set; }
    public int SchoolYearId { get; set; }
}
