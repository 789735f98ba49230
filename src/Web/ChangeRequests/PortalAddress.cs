namespace Campus.Web.ChangeRequests;

/// <summary>The portal's public address for links in emails: <c>Portal:BaseUrl</c>.</summary>
public sealed record PortalAddress(string BaseUrl);
