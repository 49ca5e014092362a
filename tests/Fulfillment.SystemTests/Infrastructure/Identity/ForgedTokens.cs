using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>
/// Tokens a service must refuse: expired, for another audience, or not signed by the provider. They carry the same
/// claims and header as the provider's own tokens, so the one thing wrong with each is the thing under test.
/// Expired and wrong-audience tokens are signed with the provider's real key (the test gives it that key).
/// </summary>
public sealed class ForgedTokens(TestIdentityProvider provider)
{
    /// <summary>Past its expiry by more than any clock skew a validator allows (ASP.NET Core's default is 5 minutes).</summary>
    public string ExpiredPerson(string userName) =>
        Sign(PersonClaims(userName), "fulfillment", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1), ProviderKey());

    public string ExpiredMachine(string clientId) =>
        Sign(MachineClaims(clientId), "fulfillment", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1), ProviderKey());

    /// <summary>Valid in every way but its audience.</summary>
    public string WrongAudiencePerson(string userName, string audience = "not-fulfillment") =>
        Sign(PersonClaims(userName), audience, DateTime.UtcNow, DateTime.UtcNow.AddHours(1), ProviderKey());

    /// <summary>Signed by a throwaway RSA key that claims the provider's key id.</summary>
    public string SignedByAnotherKeyPerson(string userName) =>
        Sign(PersonClaims(userName), "fulfillment", DateTime.UtcNow, DateTime.UtcNow.AddHours(1), ThrowawayKey());

    public string SignedByAnotherKeyMachine(string clientId) =>
        Sign(MachineClaims(clientId), "fulfillment", DateTime.UtcNow, DateTime.UtcNow.AddHours(1), ThrowawayKey());

    /// <summary>A token the provider really issued, with one character of its signature changed.</summary>
    public async Task<string> AlteredSignaturePersonAsync(string userName) =>
        AlterSignature(await provider.Tokens.PersonAsync(userName));

    public static string AlterSignature(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        // The middle of the signature: changing its last character may only touch padding bits.
        var position = signatureStart + ((token.Length - signatureStart) / 2);
        var replacement = token[position] == 'A' ? 'B' : 'A';
        return string.Concat(token.AsSpan(0, position), replacement.ToString(), token.AsSpan(position + 1));
    }

    private Dictionary<string, object> PersonClaims(string userName)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userName,
            ["name"] = userName,
            ["scope"] = "openid profile roles",
            ["client_id"] = TestClients.SystemTests,
            ["jti"] = Guid.NewGuid().ToString(),
        };
        if (TestPeople.Roles[userName] is { Length: > 0 } roles)
        {
            claims["role"] = roles.Length == 1 ? roles[0] : roles;
        }

        return claims;
    }

    private static Dictionary<string, object> MachineClaims(string clientId) => new()
    {
        ["sub"] = clientId,
        ["name"] = clientId,
        ["scope"] = string.Join(' ', TestClients.MachineScopes[clientId]),
        ["client_id"] = clientId,
        ["jti"] = Guid.NewGuid().ToString(),
    };

    private string Sign(Dictionary<string, object> claims, string audience, DateTime issuedAt, DateTime expires, RsaSecurityKey key) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = provider.Authority.ToString(),
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = claims,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    private RsaSecurityKey ProviderKey() => KeyFromPem(
        provider.SigningKeyPem ?? throw new InvalidOperationException("This provider generated its own key: start it with withSigningKey: true."));

    private RsaSecurityKey ThrowawayKey()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = ProviderKey().KeyId };
        return key;
    }

    /// <summary>The key with the id the provider gives it: its JWK thumbprint.</summary>
    public static RsaSecurityKey KeyFromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
