package se.sif;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Signed in as the board's secretary, who records the board's decisions and also does the
 * officer's bookkeeping: the ledger and repayment tests act as this one person, so the
 * role pair is named once.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@WithMockUser(username = "board", roles = { "BOARD", "OFFICER" })
public @interface WithBoardSecretary {

}
