namespace Campus.Application.ChangeRequests;

/// <summary>
/// <see cref="NotifyHousehold"/>: also email the other guardians with portal access in the household
/// (<c>ChangeRequests:NotifyHousehold</c>). <see cref="MessageIdDomain"/>: the right-hand side of Message-IDs.
/// </summary>
public sealed record ChangeRequestSettings(bool NotifyHousehold, string MessageIdDomain);
