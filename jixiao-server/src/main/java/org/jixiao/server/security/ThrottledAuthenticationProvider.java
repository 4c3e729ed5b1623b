package org.jixiao.server.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in that first asks the throttle: a locked name is refused before its password is even
 * compared, so guessing goes no faster by trying more. Failures and successes are counted per name.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        super(encoder);
        setUserDetailsService(accounts);
        setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        var refusal = throttle.refusal(name);
        if (refusal.isPresent()) throw new LockedException(refusal.get());
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(name);
            return result;
        } catch (BadCredentialsException e) {
            var locked = throttle.failed(name);
            throw new BadCredentialsException(locked.orElse("用户名或密码不正确。"));
        }
    }
}
