namespace Campus.Web;

/// <summary>Marker for the host's strings: Resources/SharedResource.resx (English) and its translations.</summary>
public sealed class SharedResource;
