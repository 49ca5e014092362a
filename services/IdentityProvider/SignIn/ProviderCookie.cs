namespace Fulfillment.IdentityProvider.SignIn;

/// <summary>The provider's own sign-in session: a short-lived cookie naming the person, never holding a password.</summary>
public static class ProviderCookie
{
    public const string Scheme = "ProviderSignIn";
    public const string Name = "fulfillment.idp";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
}
