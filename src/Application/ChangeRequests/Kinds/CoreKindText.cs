namespace Campus.Application.ChangeRequests.Kinds;

/// <summary>Marker for the core kinds' labels and messages: Resources/ChangeRequests/Kinds/CoreKindText.resx.</summary>
public sealed class CoreKindText;
