import { useAppState } from '../state/hooks.ts';
import { NoticeBar } from '../components/notice/NoticeBar.tsx';
import { BootScreen } from '../screens/boot/BootScreen.tsx';
import { ClosingScreen } from '../screens/closing/ClosingScreen.tsx';
import { LockScreen } from '../screens/lock/LockScreen.tsx';
import { LoginScreen } from '../screens/login/LoginScreen.tsx';
import { OpeningScreen } from '../screens/opening/OpeningScreen.tsx';
import { OrdersScreen } from '../screens/orders/OrdersScreen.tsx';
import { PaymentScreen } from '../screens/payment/PaymentScreen.tsx';
import { ReceiptScreen } from '../screens/receipt/ReceiptScreen.tsx';
import { SellScreen } from '../screens/sell/SellScreen.tsx';
import { ShopsScreen } from '../screens/shops/ShopsScreen.tsx';
import { TakenScreen } from '../screens/boot/TakenScreen.tsx';
import { UnreachableScreen } from '../screens/boot/UnreachableScreen.tsx';

/** One screen at a time, chosen by the app state; the notice bar floats above all. */
export function App() {
  const { screen } = useAppState();
  return (
    <>
      {renderScreen(screen)}
      <NoticeBar />
    </>
  );
}

function renderScreen(screen: ReturnType<typeof useAppState>['screen']) {
  switch (screen.name) {
    case 'boot':
      return <BootScreen />;
    case 'login':
      return <LoginScreen />;
    case 'shops':
      return <ShopsScreen />;
    case 'opening':
      return <OpeningScreen shop={screen.shop} />;
    case 'lock':
      return <LockScreen />;
    case 'sell':
      return <SellScreen />;
    case 'payment':
      return <PaymentScreen />;
    case 'receipt':
      return <ReceiptScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'closing':
      return <ClosingScreen />;
    case 'taken':
      return <TakenScreen sessionName={screen.sessionName} />;
    case 'unreachable':
      return <UnreachableScreen message={screen.message} />;
  }
}
