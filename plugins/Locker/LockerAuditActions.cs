namespace Campus.Plugins.Locker;

public static class LockerAuditActions
{
    /// <summary>A parent looked at a locker combination. The audit row never holds the combination.</summary>
    public const string CombinationRevealed = "locker-combination-revealed";
}
