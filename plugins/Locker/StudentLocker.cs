namespace Campus.Plugins.Locker;

/// <summary>A student's locker in the current school year.</summary>
public sealed record StudentLocker(int AssignmentId, string Number, string Location, string Combination, string SchoolYearName);
