namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// The operators' page as a client of the organisation's OpenID provider (configuration section
/// <c>OperatorsPage</c>, e.g. <c>OperatorsPage__ClientId</c>); the provider itself is <c>Authentication__Authority</c>.
/// </summary>
public sealed class OperatorsPageSettings
{
    public const string SectionName = "OperatorsPage";

    /// <summary>The page's client id at the provider (a confidential client allowed the authorization code flow).</summary>
    public string ClientId { get; set; } = "operators-page";

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The longest a session lasts; it ends sooner when the person's access token expires, since every action is
    /// made with that token. There is no sliding renewal: a person signs in again.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts (the sign-in page and the provider's return) allowed per client address and minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 30;
}
