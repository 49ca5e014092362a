using System.Security.Cryptography;
using System.Text;
using Fulfillment.IdentityProvider.Configuration;
using Microsoft.Extensions.Options;

namespace Fulfillment.IdentityProvider.SignIn;

/// <summary>The people configured to sign in, and the check of their passwords.</summary>
public sealed class People(IOptionsMonitor<IdentityProviderOptions> options)
{
    // Compared against when the name is unknown, so that an unknown name costs the same as a wrong password.
    private static readonly byte[] NobodysPassword = Digest(Guid.NewGuid().ToString());

    public PersonSettings? Find(string name) =>
        options.CurrentValue.Users.FirstOrDefault(person => string.Equals(person.Name, name, StringComparison.Ordinal));

    /// <summary>The person, when the name is known and the password is theirs; compared in constant time.</summary>
    public PersonSettings? Verify(string name, string password)
    {
        var person = Find(name);
        var expected = person is null ? NobodysPassword : Digest(person.Password);
        var matches = CryptographicOperations.FixedTimeEquals(expected, Digest(password));
        return matches && person is not null ? person : null;
    }

    // Digests of equal length, so that the comparison's time does not depend on the passwords' lengths either.
    private static byte[] Digest(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));
}
