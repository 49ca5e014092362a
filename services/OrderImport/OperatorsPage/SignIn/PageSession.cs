namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// A signed-in person's session, kept server-side: the browser's cookie carries only <see cref="Id"/>. The ticket
/// (who the person is, and the access token the page acts with) is stored encrypted with data protection.
/// </summary>
public sealed class PageSession
{
    public string Id { get; set; } = "";

    public byte[] ProtectedTicket { get; set; } = [];

    public DateTimeOffset ExpiresAt { get; set; }
}
