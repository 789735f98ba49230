namespace Campus.Application.Plugins;

public interface IStudentCardProvider
{
    /// <summary>The card for a student the caller is allowed to see, or null to show none.</summary>
    Task<StudentCard?> GetCardAsync(int studentId, CancellationToken cancellationToken);
}
