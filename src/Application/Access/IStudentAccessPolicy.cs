namespace Campus.Application.Access;

public interface IStudentAccessPolicy
{
    /// <summary>
    /// True when the current user may see the student: a guardian through an active link with portal access,
    /// staff when the student is enrolled at one of their schools, a district admin always. False for a student
    /// that does not exist, so callers cannot tell the two apart.
    /// </summary>
    Task<bool> CanViewStudentAsync(int studentId, CancellationToken cancellationToken);

    /// <summary>The students the current guardian may see, for lists and menus.</summary>
    IQueryable<int> VisibleStudentIds();
}
